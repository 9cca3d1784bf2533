package org.aftersales.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousApiTest {

    private static final AnonymousApi SURVEYS = () -> Optional.of(List.of("/api/v1/surveys/"));
    private static final AnonymousApi NONE = Optional::empty;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/api/v1/surveys/abc.def,               true",
            "api/v1/surveys/abc.def/answers,        true",
            "/api/v1/surveys,                       false",
            "/api/v1/surveys-report,                false",
            "/api/v1/tickets,                       false",
            "/api/v1/surveys/../tickets,            false",
            "/api/v1/surveys/./x,                   false",
    })
    void permits_only_paths_under_a_prefix_without_dot_segments(String path, boolean permitted) {
        assertThat(SURVEYS.permits(path)).isEqualTo(permitted);
        assertThat(NONE.permits(path)).isFalse();
    }
}
