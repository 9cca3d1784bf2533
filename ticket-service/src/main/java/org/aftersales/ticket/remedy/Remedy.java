package org.aftersales.ticket.remedy;

/** A 三包 remedy that warranty-service can declare due after repeated repairs. */
public enum Remedy {
    /** 更换: the device or the component is exchanged. */
    EXCHANGE("更换"),
    /** 退货: the device is taken back and the price refunded. */
    REFUND("退货");

    private final String chinese;

    Remedy(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese term, as the service desk writes it on a ticket. */
    public String chinese() {
        return chinese;
    }

    /** The remedy as warranty-service's 三包 engine names it; an unknown name is refused (the event is dead-lettered). */
    static Remedy named(String name) {
        for (Remedy remedy : values()) {
            if (remedy.name().equals(name)) {
                return remedy;
            }
        }
        throw new IllegalArgumentException("remedy " + name + " is neither EXCHANGE nor REFUND");
    }

    /** The Chinese term of a remedy named by the engine, or the name itself when this service does not know it. */
    static String chineseOf(String name) {
        for (Remedy remedy : values()) {
            if (remedy.name().equals(name)) {
                return remedy.chinese;
            }
        }
        return name;
    }
}
