package org.aftersales.notification.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The staff directory as configured: {@code aftersales.staff."<username>".roles=manager} and so on (ADR 0018). */
@ConfigMapping(prefix = "aftersales.staff")
public interface StaffConfig {

    @WithParentName
    Map<String, Person> people();

    interface Person {

        String name();

        Set<String> roles();

        Optional<String> email();

        Optional<String> phone();

        @WithDefault("zh-CN")
        String language();

        Optional<String> escalationLevel();

        @WithDefault("false")
        boolean onDuty();
    }

    /** Makes the directory from the configuration. */
    @ApplicationScoped
    class Directory {

        @Produces
        @Singleton
        StaffDirectory directory(StaffConfig config) {
            return new StaffDirectory(config.people().entrySet().stream()
                    .map(entry -> new StaffMember(entry.getKey(), entry.getValue().name(), entry.getValue().roles(),
                            entry.getValue().email(), entry.getValue().phone(), entry.getValue().language(),
                            entry.getValue().escalationLevel(), entry.getValue().onDuty()))
                    .toList());
        }
    }
}
