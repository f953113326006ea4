# A managed ZooKeeper cluster and the Instaclustr side of the bridge to a legacy VPC, in plain HCL, for the
# tests that run the real terraform binary and the real Instaclustr provider against the local control plane.
terraform {
  required_providers {
    instaclustr = {
      source  = "instaclustr/instaclustr"
      version = ">= 2.0.0, < 3.0.0"
    }
  }
}

variable "description" {
  type    = string
  default = "zkmig target"
}

variable "number_of_nodes" {
  type    = number
  default = 3
}

variable "network" {
  type    = string
  default = "10.30.0.0/16"
}

# terraform_key comes from the environment (TERRAFORM_KEY), never from the configuration: a variable's value
# would be stored in saved plans and shown by `terraform show -json`.
provider "instaclustr" {}

resource "instaclustr_zookeeper_cluster_v2" "target" {
  name                    = "zkmig-terraform-test"
  zookeeper_version       = "3.9.3"
  sla_tier                = "NON_PRODUCTION"
  private_network_cluster = false
  description             = var.description

  data_centre {
    name            = "AWS_VPC_US_EAST_1"
    cloud_provider  = "AWS_VPC"
    region          = "US_EAST_1"
    node_size       = "zookeeper-developer-t3.small-20"
    number_of_nodes = var.number_of_nodes
    network         = var.network
  }
}

resource "instaclustr_aws_vpc_peer_v2" "legacy" {
  cdc_id              = instaclustr_zookeeper_cluster_v2.target.data_centre[0].id
  peer_aws_account_id = "123456789012"
  peer_vpc_id         = "vpc-0a1b2c3d4e5f60718"
  peer_region         = "US_EAST_1"
  peer_subnets        = ["10.20.0.0/16"]
}

resource "instaclustr_cluster_network_firewall_rules_v2" "zookeeper" {
  cluster_id = instaclustr_zookeeper_cluster_v2.target.id

  firewall_rule {
    network = "10.20.0.0/16"
    type    = "APACHE_ZOOKEEPER"
  }

  firewall_rule {
    network = "10.40.0.0/16"
    type    = "APACHE_ZOOKEEPER"
  }
}

output "cluster_id" {
  value = instaclustr_zookeeper_cluster_v2.target.id
}

output "node_addresses" {
  value = [for n in instaclustr_zookeeper_cluster_v2.target.data_centre[0].nodes : n.private_address]
}

output "vpc_peer_status" {
  value = instaclustr_aws_vpc_peer_v2.legacy.status_code
}
