package ch.monportail.structure.web;

import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The ADMIN's list of structures and the creation of a new one. */
@Named
@ViewScoped
public class StructuresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Structures structures;

    private List<Structure> list;
    private final StructureForm form = new StructureForm();

    @PostConstruct
    void load() {
        list = structures.all();
    }

    public String create() {
        try {
            long id = structures.create(form.data());
            Texts.info("structure.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/structure?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Texts.error(e);
            return null;
        }
    }

    public List<Structure> getList() {
        return list;
    }

    public StructureForm getForm() {
        return form;
    }

    public StructureKind[] getKinds() {
        return StructureKind.values();
    }

    /** The editable fields of a structure. */
    public static class StructureForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private StructureKind kind = StructureKind.UAPE;
        private String street;
        private String postcode;
        private String city;
        private String phone;
        private String email;

        static StructureForm of(Structure s) {
            StructureForm f = new StructureForm();
            f.name = s.getName();
            f.kind = s.getKind();
            f.street = s.getStreet();
            f.postcode = s.getPostcode();
            f.city = s.getCity();
            f.phone = ch.monportail.family.control.PhoneNumbers.display(s.getPhone());
            f.email = s.getEmail();
            return f;
        }

        StructureData data() {
            return new StructureData(name, kind, street, postcode, city, phone, email);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public StructureKind getKind() {
            return kind;
        }

        public void setKind(StructureKind kind) {
            this.kind = kind;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
