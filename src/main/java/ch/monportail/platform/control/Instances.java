package ch.monportail.platform.control;

/**
 * This server's instance in its Payara domain: {@code server} for a lone server (the DAS), the
 * instance's name in a deployment group. Work that must be traced to the instance doing it (a debit
 * run) records it.
 */
public final class Instances {

    private Instances() {}

    public static String current() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    /** When this instance (its Java virtual machine) started. */
    public static java.time.Instant startedAt() {
        return java.time.Instant.ofEpochMilli(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
