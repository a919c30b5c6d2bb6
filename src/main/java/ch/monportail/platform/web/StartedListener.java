package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Readiness;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Tells {@link Readiness} that the web application has started: Payara answers {@code
 * /health/ready} while a deployment is still running its start-up beans, and a load balancer must
 * not send parents to pages that are not served yet.
 */
@WebListener
public class StartedListener implements ServletContextListener {

    @Inject private Readiness readiness;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        readiness.markStarted();
    }
}
