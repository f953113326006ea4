package io.zkmig.cloud;

/** One result of a read-only look at the legacy AWS account: what was looked at, and what holds or is missing. */
public record CloudFinding(Level level, String check, String subject, String message) {

    public enum Level { PASS, WARN, FAIL }

    /** How a finding that could not look at anything begins: the account (endpoint, credentials) did not answer. */
    public static final String UNREADABLE = "cannot read the legacy account";

    static CloudFinding pass(String check, String subject, String message) {
        return new CloudFinding(Level.PASS, check, subject, message);
    }

    static CloudFinding warn(String check, String subject, String message) {
        return new CloudFinding(Level.WARN, check, subject, message);
    }

    static CloudFinding fail(String check, String subject, String message) {
        return new CloudFinding(Level.FAIL, check, subject, message);
    }

    static CloudFinding unreadable(String check, String subject, String where, String error) {
        return fail(check, subject, UNREADABLE + (where == null ? "" : " at " + where) + ": " + error);
    }

    /** The account did not answer (endpoint unreachable, credentials missing or refused): nothing was checked. */
    public boolean unreadable() {
        return level == Level.FAIL && message.startsWith(UNREADABLE);
    }

    public boolean failed() {
        return level == Level.FAIL;
    }
}
