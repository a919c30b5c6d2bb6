package ch.monportail.document.boundary;

import ch.monportail.document.control.ClamAvClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The optional virus scan of uploads (DESIGN §8): off unless the system property {@code
 * monportail.clamav.host} names a ClamAV daemon (port {@code monportail.clamav.port}, default 3310;
 * see {@code server-config/README.md}). When on, a file the scanner does not call clean — or cannot
 * scan — is refused.
 */
@ApplicationScoped
public class VirusScan {

    public ClamAvClient.Result scan(byte[] content) {
        String host = System.getProperty("monportail.clamav.host");
        if (host == null || host.isBlank()) {
            return ClamAvClient.Result.ok();
        }
        int port = Integer.getInteger("monportail.clamav.port", 3310);
        return new ClamAvClient(host.strip(), port, 10_000).scan(content);
    }
}
