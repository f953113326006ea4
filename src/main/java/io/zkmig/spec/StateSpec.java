package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where the migration keeps its ledger and Terraform state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateSpec(String dir, Backend backend, LedgerSpec ledger) {

    public static final StateSpec DEFAULT = new StateSpec(null, null);

    @com.fasterxml.jackson.annotation.JsonCreator
    public StateSpec {
        backend = backend == null ? Backend.LOCAL : backend;
        ledger = ledger == null ? LedgerSpec.IN_STATE_DIR : ledger;
    }

    /** The ledger in the state folder (the default). */
    public StateSpec(String dir, Backend backend) {
        this(dir, backend, null);
    }

    /**
     * Terraform state backend: local by default, or S3 locked by a lock file beside each state object;
     * {@code lockTable} adds the (deprecated upstream) DynamoDB lock for a team moving off it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Backend(String type, String bucket, String keyPrefix, String region, String lockTable,
                          String endpoint) {
        public static final Backend LOCAL = new Backend("local", null, null, null, null, null);

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isS3() {
            return "s3".equals(type);
        }
    }
}
