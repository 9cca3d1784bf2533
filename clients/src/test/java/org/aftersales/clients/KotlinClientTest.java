package org.aftersales.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.client.ticket.api.TicketsApi;
import org.aftersales.client.ticket.infrastructure.ApiClient;
import org.aftersales.client.ticket.infrastructure.ClientException;
import org.aftersales.client.ticket.model.TicketStatus;
import org.aftersales.client.ticket.model.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated Kotlin client as an app uses it (README, "Clients"): the gateway's address, the user's bearer token,
 * the JSON read into the models, and a problem response thrown with its status. A local HTTP server stands in for
 * the gateway.
 */
class KotlinClientTest {

    private static final UUID TICKET = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer gateway;

    @BeforeEach
    void start_the_gateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/api/v1/tickets/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestURI().getPath().endsWith(TICKET.toString())) {
                answer(exchange, 200, "application/json", """
                        {"id":"%s","deviceSerial":"SN-0001","kind":"FAULT","channel":"PORTAL",
                         "contact":{"name":"王工","phone":"+86 138 0000 0000"},"status":"NEW",
                         "escalationLevel":"ENGINEER","reportedAt":"2026-12-04T01:00:00Z",
                         "createdAt":"2026-12-04T01:00:00Z","updatedAt":"2026-12-04T01:00:00Z",
                         "unknownLater":"ignored"}
                        """.formatted(TICKET));
            } else {
                answer(exchange, 404, "application/problem+json", """
                        {"type":"https://aftersales.example/problems/not-found","title":"Not Found","status":404}
                        """);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop_the_gateway() {
        gateway.stop(0);
    }

    @Test
    void reads_a_ticket_with_the_users_token() throws IOException {
        TicketsApi tickets = new TicketsApi(baseUrl(), ApiClient.getDefaultClient());
        tickets.setAccessTokenProvider(() -> "token-from-pkce");

        TicketView ticket = tickets.ticketResourceGet(TICKET);

        assertThat(ticket.getId()).isEqualTo(TICKET);
        assertThat(ticket.getDeviceSerial()).isEqualTo("SN-0001");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(requests).containsExactly("GET /api/v1/tickets/" + TICKET + " Bearer token-from-pkce");
    }

    @Test
    void a_problem_response_is_thrown_with_its_status() {
        TicketsApi tickets = new TicketsApi(baseUrl(), ApiClient.getDefaultClient());
        tickets.setAccessTokenProvider(() -> "token-from-pkce");
        UUID other = UUID.randomUUID();

        assertThatThrownBy(() -> tickets.ticketResourceGet(other))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    private String baseUrl() {
        return "http://" + gateway.getAddress().getHostString() + ":" + gateway.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
