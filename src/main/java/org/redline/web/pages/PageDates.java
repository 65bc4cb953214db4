package org.redline.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the pages write dates and instants; templates call it as {@code @dates}. Instants are shown in UTC. */
@Component("dates")
public class PageDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
