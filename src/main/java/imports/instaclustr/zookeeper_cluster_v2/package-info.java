/**
 * <h1><code>instaclustr_zookeeper_cluster_v2</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2"><code>instaclustr_zookeeper_cluster_v2</code></a>.
 */
package imports.instaclustr.zookeeper_cluster_v2;
