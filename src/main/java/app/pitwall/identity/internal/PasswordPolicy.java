package app.pitwall.identity.internal;

import app.pitwall.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Pitwall's password rules, after NIST SP 800-63B: at least 12 characters (at most 1000), no
 * composition rules, not one of the common passwords of breach corpora bundled in {@code
 * identity/common-passwords.txt}, and not judged easy to guess by the nbvcxz estimator, which also
 * counts the account's own email, name and business name as known words. A refusal names the rule
 * that failed, on the field {@code password}.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1000;

    private final Set<String> common;
    private final List<Dictionary> dictionaries;

    PasswordPolicy() {
        this.common = readCommonPasswords();
        this.dictionaries = ConfigurationBuilder.getDefaultDictionaries();
    }

    /**
     * Refuses a password that breaks a rule.
     *
     * @param field the request field the refusal names ({@code password} or {@code newPassword})
     * @param context what the account is known by (email, name, business name): using it is weak
     */
    void check(String field, String password, Collection<String> context) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(
                    field, "The password is too short: use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(
                    field, "The password is too long: use at most " + MAX_LENGTH + " characters.");
        }
        if (isCommon(password)) {
            throw new InvalidInputException(
                    field, "The password is one of the most common passwords found in breaches; choose another.");
        }
        Result result = estimator(context).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            throw new InvalidInputException(field, "The password is too easy to guess. " + advice(result));
        }
    }

    private boolean isCommon(String password) {
        String normalized = password.strip().toLowerCase(Locale.ROOT);
        return common.contains(normalized) || common.contains(normalized.replaceAll("\\s+", ""));
    }

    private Nbvcxz estimator(Collection<String> context) {
        List<Dictionary> all = new ArrayList<>(dictionaries);
        DictionaryBuilder known =
                new DictionaryBuilder().setDictionaryName("account").setExclusion(true);
        context.stream().filter(Objects::nonNull).forEach(text -> words(text).forEach(w -> known.addWord(w, 0)));
        all.add(known.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(all)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    /** The whole text and its parts: an email gives its address, local part and domain words. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.length() >= 3) {
            words.add(lower);
        }
        for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= 3) {
                words.add(part);
            }
        }
        return words;
    }

    private static String advice(Result result) {
        StringBuilder advice = new StringBuilder();
        String warning = result.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) {
            advice.append(warning.strip());
            if (!warning.strip().endsWith(".")) {
                advice.append('.');
            }
        }
        List<String> suggestions = result.getFeedback().getSuggestion();
        if (suggestions != null) {
            for (String suggestion : suggestions) {
                advice.append(advice.isEmpty() ? "" : " ").append(suggestion.strip());
            }
        }
        if (advice.isEmpty()) {
            advice.append("Use a longer phrase of several unrelated words.");
        }
        return advice.toString();
    }

    private static Set<String> readCommonPasswords() {
        Set<String> passwords = new HashSet<>(64_000);
        ClassPathResource resource = new ClassPathResource("identity/common-passwords.txt");
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords cannot be read", e);
        }
        if (passwords.size() < 10_000) {
            throw new IllegalStateException("The bundled list of common passwords is incomplete");
        }
        return passwords;
    }
}
