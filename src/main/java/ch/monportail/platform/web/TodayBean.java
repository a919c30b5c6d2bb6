package ch.monportail.platform.web;

import ch.monportail.platform.control.SwissFormat;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the commune, in the Swiss format, for pages that show it. */
@Named("today")
@RequestScoped
public class TodayBean {

    @Inject private Clock clock;

    private String formatted;

    @PostConstruct
    void init() {
        formatted = SwissFormat.date(LocalDate.now(clock));
    }

    public String getFormatted() {
        return formatted;
    }
}
