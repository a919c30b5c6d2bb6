package ch.monportail.platform.web;

import ch.monportail.platform.control.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client, for the audit log and throttling. Behind a reverse proxy every request
 * comes from the proxy; {@code X-Forwarded-For} is believed only when the direct peer is one of the
 * proxies listed in {@code monportail.trusted-proxies} ({@code MONPORTAIL_TRUSTED_PROXIES},
 * comma-separated addresses) — otherwise any client could claim any address. The client is the
 * right-most address of the header that is not a trusted proxy.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops =
                Arrays.stream(forwardedFor.split(","))
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        return Settings.value("monportail.trusted-proxies")
                .map(
                        list ->
                                Arrays.stream(list.split(","))
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
