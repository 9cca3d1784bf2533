package org.aftersales.parts.warehouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;

/**
 * The locations that hold stock, and who may see and run them: the vendor's staff all of them, a partner those of
 * its own organisation (another's answer 404).
 */
@ApplicationScoped
public class Warehouses {

    @Transactional
    public WarehouseView add(NewWarehouse body, Caller caller) {
        String organisation = body.organisation();
        if (!caller.isVendorStaff()) {
            organisation = organisation == null ? caller.organisation().orElse(null) : organisation;
            if (organisation == null || !caller.canAccess(organisation)) {
                throw ProblemException.forbidden("A partner runs warehouses of its own organisation only");
            }
        }
        if (Warehouse.count("code", body.code()) > 0) {
            throw ProblemException.conflict("Warehouse code " + body.code() + " is taken");
        }
        Warehouse warehouse = new Warehouse();
        warehouse.id = UUID.randomUUID();
        warehouse.code = body.code();
        warehouse.name = body.name().strip();
        warehouse.kind = body.kind();
        warehouse.organisation = organisation;
        warehouse.region = body.region().strip();
        warehouse.address = body.address().strip();
        warehouse.engineer = body.engineer() == null ? null : body.engineer().strip();
        warehouse.createdBy = caller.username();
        warehouse.createdAt = Instant.now();
        warehouse.persist();
        return WarehouseView.of(warehouse);
    }

    /** The warehouse, when the caller may see it; 404 otherwise (whether it exists or not). */
    public Warehouse require(UUID id, Caller caller) {
        Warehouse warehouse = Warehouse.findById(id);
        if (warehouse == null || !visible(warehouse, caller)) {
            throw ProblemException.notFound("warehouse", id);
        }
        return warehouse;
    }

    public WarehouseView view(UUID id, Caller caller) {
        return WarehouseView.of(require(id, caller));
    }

    public WarehousePage list(WarehouseKind kind, String region, int page, int size, Caller caller) {
        OrganisationScope scope = caller.scope();
        StringBuilder where = new StringBuilder(scope.jpql("organisation"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (region != null) {
            where.append(" and region = :region");
            parameters.put("region", region);
        }
        var query = Warehouse.<Warehouse>find(where + " order by code", parameters);
        return new WarehousePage(query.page(page, size).list().stream().map(WarehouseView::of).toList(), page, size,
                query.count());
    }

    /** Vendor staff see every warehouse; a partner those of its own organisation. */
    public static boolean visible(Warehouse warehouse, Caller caller) {
        return caller.isVendorStaff() || (warehouse.organisation != null && caller.canAccess(warehouse.organisation));
    }
}
