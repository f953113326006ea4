package io.zkmig.cloud;

/** One result of a read-only look at the legacy AWS account: what was looked at, and what holds or is missing. */
public record CloudFinding(Level level, String check, String subject, String message) {

    public enum Level { PASS, WARN, FAIL }

    static CloudFinding pass(String check, String subject, String message) {
        return new CloudFinding(Level.PASS, check, subject, message);
    }

    static CloudFinding warn(String check, String subject, String message) {
        return new CloudFinding(Level.WARN, check, subject, message);
    }

    static CloudFinding fail(String check, String subject, String message) {
        return new CloudFinding(Level.FAIL, check, subject, message);
    }

    public boolean failed() {
        return level == Level.FAIL;
    }
}
