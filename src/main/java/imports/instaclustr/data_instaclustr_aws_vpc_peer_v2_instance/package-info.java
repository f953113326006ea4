/**
 * <h1><code>data_instaclustr_aws_vpc_peer_v2_instance</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance"><code>data_instaclustr_aws_vpc_peer_v2_instance</code></a>.
 */
package imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance;
