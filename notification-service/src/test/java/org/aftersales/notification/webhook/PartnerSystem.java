package org.aftersales.notification.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner system's webhook receiver on a local port: it records every request and answers 503 to the first
 * {@link #failNext} ones (or to all while {@link #failAlways} is set), 204 otherwise.
 */
final class PartnerSystem implements AutoCloseable {

    record Request(String id, String timestamp, String signature, String body) {
    }

    final List<Request> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failNext = new AtomicInteger();
    volatile boolean failAlways;
    private final HttpServer server;

    PartnerSystem() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Request> about(String subject) {
        return received.stream().filter(request -> request.body().contains(subject)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        boolean fail = failAlways || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        exchange.sendResponseHeaders(fail ? 503 : 204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
