package ch.monportail.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments come from the real build output (STYLE: never hand-listed classes). */
public final class Deployments {

    private Deployments() {}

    /** The WAR built by {@code mvn package}, as deployed in production. */
    public static WebArchive war() {
        File war = new File(System.getProperty("it.war", "target/monportail.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The real WAR plus the test classes that run inside the server, and AssertJ (taken from the
     * test class path, nothing downloaded).
     */
    public static WebArchive warWithTests(Class<?>... testClasses) {
        WebArchive archive = war().addClasses(testClasses);
        try {
            File assertj =
                    new File(
                            org.assertj.core.api.Assertions.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            return archive.addAsLibrary(assertj);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
