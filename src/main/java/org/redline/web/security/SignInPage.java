package org.redline.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST (username, password, CSRF token). */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "login";
    }
}
