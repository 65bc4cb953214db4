package org.redline.web.security;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Readers need no account: every GET is public. Every write needs an editor. The API is stateless
 * (HTTP Basic or a bearer token on each request, so there is no cookie for CSRF to abuse); the pages
 * use form sign-in with a session and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(Accounts.class)
class SecurityConfiguration {

    static final String EDITOR = "EDITOR";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(Accounts accounts) {
        var users = accounts.accounts().stream()
                .filter(a -> a.password() != null)
                .map(a -> User.withUsername(a.name()).password(a.password()).authorities(a.authority()).build())
                .toList();
        // Only its lookup: InMemoryUserDetailsManager is also a UserDetailsPasswordService, and Spring Security then
        // re-hashes a password below bcrypt's default cost (10) at its first sign-in, in memory, so every later
        // Basic request paid cost 10 whatever the configuration said (the tests' cost-4 hashes included: most of
        // a database test's CPU). Each account is checked at the cost its configured hash has.
        var manager = new InMemoryUserDetailsManager(List.copyOf(users));
        return manager::loadUserByUsername;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, SignInThrottle throttle) throws Exception {
        var attempts = new SignInAttempts(throttle);
        var unauthorized = attempts.counting(ProblemResponses.unauthorized());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(EDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .addFilterBefore(attempts, BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(accounts, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle) throws Exception {
        var attempts = new SignInAttempts(throttle);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/editor/**").hasRole(EDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(SignInRedirects.afterSignIn())
                        .failureHandler(attempts.countingFormFailures()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SignInRedirects.toSignIn()))
                .addFilterBefore(attempts, UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // Defence in depth behind the templates' escaping: no inline or foreign script or style runs.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
