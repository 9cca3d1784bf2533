package org.aftersales.ticket.report;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** How a written report is answered: 201 with its location when first submitted, 200 when revised. */
final class ReportResponses {

    private ReportResponses() {
    }

    static Response of(ServiceReports.Written<?> written, UriInfo uri) {
        return written.first()
                ? Response.created(uri.getAbsolutePath()).entity(written.report()).build()
                : Response.ok(written.report()).build();
    }
}
