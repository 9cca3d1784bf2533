package org.aftersales.warranty.sanbao;

/** A sentence in Chinese and English. */
record Text(String zh, String en) {

    Text then(Text next) {
        return new Text(zh + "；" + next.zh, en + "; " + next.en);
    }
}
