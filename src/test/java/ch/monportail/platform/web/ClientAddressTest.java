package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");
        assertThat(ClientAddress.of("10.0.0.2", "198.51.100.1", proxies)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.3", proxies))
                .as("a forged left-most entry is not believed")
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.2", null, proxies)).isEqualTo("10.0.0.2");
    }
}
