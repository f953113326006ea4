package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the ledger is kept ({@code state.ledger}): {@code {type: file}}, {@code ledger.jsonl} in the state folder
 * (the default), or {@code {type: s3, bucket, key, region, endpoint, profile}}, one S3 object written only by
 * conditional puts. No credential is ever part of it: the S3 client takes the profile, else the SDK's default chain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerSpec(String type, String bucket, String key, String region, String endpoint, String profile) {
    public static final String FILE = "file";
    public static final String S3 = "s3";
    public static final LedgerSpec IN_STATE_DIR = new LedgerSpec(FILE, null, null, null, null, null);

    public LedgerSpec {
        type = type == null ? FILE : type;
    }

    @JsonIgnore
    public boolean isS3() {
        return S3.equals(type);
    }

    /** The object's address, for messages: {@code s3://bucket/key}. */
    @JsonIgnore
    public String location() {
        return "s3://" + bucket + "/" + key;
    }
}
