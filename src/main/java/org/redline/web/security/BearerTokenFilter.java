package org.redline.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for scripts: the token's SHA-256 is compared, in constant time,
 * with the hashes configured for the accounts. A wrong token is a 401, never a silent anonymous request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final List<Accounts.Account> accounts;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(Accounts accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts.accounts().stream().filter(a -> a.tokenSha256() != null).toList();
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        var presented = sha256(header.substring(PREFIX.length()).strip());
        Accounts.Account match = null;
        for (var account : accounts) {
            if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(account.tokenSha256()))) {
                match = account;
            }
        }
        if (match == null) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown bearer token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                match.name(), null, List.of(new SimpleGrantedAuthority(match.authority()))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
