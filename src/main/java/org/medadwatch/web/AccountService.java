package org.medadwatch.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medadwatch.store.AccountRepository;
import org.medadwatch.store.StoredAccount;

/**
 * Accounts: adding with a bcrypt hash (cost 12), checking a password, disabling. Knows nothing of
 * HTTP. Passwords arrive as {@code char[]} and are never logged or kept.
 */
public final class AccountService {
    /** Login names: lower-case letters, digits, {@code . _ -}. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 72;  // bcrypt reads 72 bytes at most
    static final int COST = 12;

    private final AccountRepository repository;
    private final int cost;
    /** Verified against when the user does not exist, so that timing does not tell. */
    private final byte[] dummyHash;

    public AccountService(AccountRepository repository) {
        this(repository, COST);
    }

    /** With another bcrypt cost: tests use the minimum, 4. */
    AccountService(AccountRepository repository, int cost) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cost = cost;
        this.dummyHash = BCrypt.withDefaults().hash(cost, "not-a-password".toCharArray());
    }

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException for a bad or taken username, or a password too short or long
     */
    public Account add(String username, char[] password, Role role) {
        Objects.requireNonNull(role, "role");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名只能包含小写字母、数字和 . _ -，2至32个字符: " + username);
        }
        checkPassword(password);
        String hash = new String(BCrypt.withDefaults().hash(cost, password), StandardCharsets.US_ASCII);
        return account(repository.add(username, hash, role.code()));
    }

    /** The account, when the password is right and the account enabled. */
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<StoredAccount> stored = repository.find(username);
        byte[] hash = stored.map(s -> s.passwordHash().getBytes(StandardCharsets.US_ASCII)).orElse(dummyHash);
        boolean ok = BCrypt.verifyer().verify(password, hash).verified;
        return ok ? stored.filter(s -> !s.disabled()).map(AccountService::account) : Optional.empty();
    }

    public Optional<Account> find(String username) {
        return repository.find(username).map(AccountService::account);
    }

    public List<Account> all() {
        return repository.all().stream().map(AccountService::account).toList();
    }

    /** @throws IllegalArgumentException when there is no such account */
    public void setDisabled(String username, boolean disabled) {
        if (!repository.setDisabled(username, disabled)) {
            throw new IllegalArgumentException("没有用户 " + username);
        }
    }

    static void checkPassword(char[] password) {
        int bytes = new String(password).getBytes(StandardCharsets.UTF_8).length;
        if (password.length < MIN_PASSWORD_LENGTH || bytes > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("密码须为" + MIN_PASSWORD_LENGTH + "至" + MAX_PASSWORD_LENGTH + "个字节");
        }
        if (Arrays.equals(password, new char[password.length])) {
            throw new IllegalArgumentException("密码不能为空");
        }
    }

    private static Account account(StoredAccount s) {
        Role role = Role.find(s.role()).orElseThrow(() -> new IllegalStateException("unknown role " + s.role()));
        return new Account(s.username(), role, s.created(), s.disabled());
    }
}
