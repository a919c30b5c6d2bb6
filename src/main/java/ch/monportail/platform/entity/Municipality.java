package ch.monportail.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The municipality this deployment serves (one per deployment, DESIGN intro) with the contact of
 * its childcare service, shown wherever the guide tells parents to contact the service. Always the
 * row with id 1.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    public static final long ID = 1L;

    @Id private Long id = ID;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "service_name", nullable = false, length = 120)
    private String serviceName;

    @Column(name = "service_phone", length = 40)
    private String servicePhone;

    @Column(name = "service_email", length = 254)
    private String serviceEmail;

    @Version private long version;

    protected Municipality() {}

    public Municipality(String name, String serviceName, String servicePhone, String serviceEmail) {
        this.name = name;
        this.serviceName = serviceName;
        this.servicePhone = servicePhone;
        this.serviceEmail = serviceEmail;
    }

    public String getName() {
        return name;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getServicePhone() {
        return servicePhone;
    }

    public String getServiceEmail() {
        return serviceEmail;
    }
}
