package org.redline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error page (template {@code error}) with a status, a title and a message saying what was wrong. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status, String title, String message) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
