package org.aftersales.parts;

import java.util.Set;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;

/** Who may do what with reservations and old parts, beyond the endpoints' roles. */
public final class PartsAccess {

    private PartsAccess() {
    }

    /** The stock desk, quality and managers see every reservation and old part; others only their own. */
    public static boolean seesEverything(Caller caller) {
        return caller.hasRole(Roles.PARTS_CLERK) || caller.hasRole(Roles.MANAGER) || caller.hasRole(Roles.QUALITY);
    }

    /** 403 unless the caller has one of the roles a step takes. */
    public static void requireOneOf(Set<String> roles, Object step, Caller caller) {
        if (roles.stream().noneMatch(caller::hasRole)) {
            throw ProblemException.forbidden("Your roles do not allow " + step + "; it takes one of "
                    + roles.stream().sorted().toList());
        }
    }
}
