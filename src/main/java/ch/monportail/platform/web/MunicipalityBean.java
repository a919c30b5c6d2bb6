package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Municipalities;
import ch.monportail.platform.entity.Municipality;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The municipality's name and service contact for the frame, the login page and the footer. */
@Named("municipality")
@RequestScoped
public class MunicipalityBean {

    @Inject private Municipalities municipalities;

    private Optional<Municipality> municipality = Optional.empty();

    @PostConstruct
    void load() {
        municipality = municipalities.find();
    }

    public boolean isConfigured() {
        return municipality.isPresent();
    }

    public String getName() {
        return municipality.map(Municipality::getName).orElse("MonPortail");
    }

    public String getServiceName() {
        return municipality.map(Municipality::getServiceName).orElse("");
    }

    public String getServicePhone() {
        return municipality.map(Municipality::getServicePhone).orElse("");
    }

    public String getServiceEmail() {
        return municipality.map(Municipality::getServiceEmail).orElse("");
    }
}
