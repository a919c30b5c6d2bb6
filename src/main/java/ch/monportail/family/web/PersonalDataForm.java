package ch.monportail.family.web;

import ch.monportail.family.control.PhoneNumbers;
import ch.monportail.family.entity.PersonalData;
import java.io.Serializable;

/** The editable fields of « Données personnelles et professionnelles », as typed. */
public class PersonalDataForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String street;
    private String postcode;
    private String city;
    private String mobilePhone;
    private String homePhone;
    private String workPhone;
    private String employer;
    private String profession;
    private Integer occupationRate;

    static PersonalDataForm of(PersonalData data) {
        PersonalDataForm form = new PersonalDataForm();
        form.street = data.street();
        form.postcode = data.postcode();
        form.city = data.city();
        form.mobilePhone = PhoneNumbers.display(data.mobilePhone());
        form.homePhone = PhoneNumbers.display(data.homePhone());
        form.workPhone = PhoneNumbers.display(data.workPhone());
        form.employer = data.employer();
        form.profession = data.profession();
        form.occupationRate = data.occupationRate();
        return form;
    }

    PersonalData data() {
        return new PersonalData(
                street,
                postcode,
                city,
                mobilePhone,
                homePhone,
                workPhone,
                employer,
                profession,
                occupationRate);
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

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = homePhone;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public Integer getOccupationRate() {
        return occupationRate;
    }

    public void setOccupationRate(Integer occupationRate) {
        this.occupationRate = occupationRate;
    }
}
