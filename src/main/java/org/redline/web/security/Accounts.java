package org.redline.web.security;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts allowed to sign in, from properties or the environment, e.g.
 * {@code REDLINE_ACCOUNTS_0_NAME=alice}, {@code REDLINE_ACCOUNTS_0_PASSWORD={bcrypt}$2a$10$...},
 * {@code REDLINE_ACCOUNTS_0_TOKEN_SHA256=<hex of the SHA-256 of an API token>}, {@code REDLINE_ACCOUNTS_0_ROLE=editor}.
 * Only hashes are configured: a plain-text password or token is refused at start-up.
 */
@ConfigurationProperties(prefix = "redline")
record Accounts(List<Account> accounts) {

    Accounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    record Account(String name, String password, String tokenSha256, String role) {

        private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2|pbkdf2@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt)\\}.+");
        private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

        Account {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("redline.accounts[].name is required");
            }
            if (password != null && !HASHED.matcher(password).matches()) {
                throw new IllegalArgumentException("redline.accounts[" + name + "].password must be a hash such as {bcrypt}$2a$10$..., never plain text");
            }
            if (tokenSha256 != null) {
                tokenSha256 = tokenSha256.strip().toLowerCase(Locale.ROOT);
                if (!SHA256_HEX.matcher(tokenSha256).matches()) {
                    throw new IllegalArgumentException("redline.accounts[" + name + "].token-sha256 must be 64 hex digits (sha256sum of the token)");
                }
            }
            role = role == null || role.isBlank() ? "reader" : role.strip().toLowerCase(Locale.ROOT);
            if (!role.equals("editor") && !role.equals("reader")) {
                throw new IllegalArgumentException("redline.accounts[" + name + "].role must be editor or reader");
            }
        }

        String authority() {
            return "ROLE_" + role.toUpperCase(Locale.ROOT);
        }
    }
}
