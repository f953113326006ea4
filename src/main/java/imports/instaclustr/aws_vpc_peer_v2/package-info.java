/**
 * <h1><code>instaclustr_aws_vpc_peer_v2</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/aws_vpc_peer_v2"><code>instaclustr_aws_vpc_peer_v2</code></a>.
 */
package imports.instaclustr.aws_vpc_peer_v2;
