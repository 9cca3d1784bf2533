package org.aftersales.complaint.handling;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;

/** Lists the complaints a caller may see, newest first. */
@ApplicationScoped
public class ComplaintSearch {

    public ComplaintPage search(ComplaintListQuery.Filter filter, Caller caller) {
        OrganisationScope scope = filter.organisation() == null ? caller.scope()
                : caller.scope().narrowedTo(filter.organisation());
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        where.add(scope.jpql("customerOrganisation"));
        if (!caller.isVendorStaff() || filter.organisation() != null) {
            where.add("customerOrganisation is not null");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.severity() != null) {
            where.add("severity = :severity");
            parameters.put("severity", filter.severity());
        }
        if (filter.category() != null) {
            where.add("category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.ticketId() != null) {
            where.add(":ticket member of ticketIds");
            parameters.put("ticket", filter.ticketId());
        }
        PanacheQuery<Complaint> query = Complaint.find(String.join(" and ", where) + " order by receivedAt desc, id",
                parameters);
        List<ComplaintView> items = query.page(Page.of(filter.page(), filter.size())).list().stream()
                .map(ComplaintView::of).toList();
        return new ComplaintPage(items, filter.page(), filter.size(), query.count());
    }
}
