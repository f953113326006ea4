# A target cluster protected as zkmig's target stack protects it (prevent_destroy), with tags, and the
# Instaclustr side of a peering into a VPC in the AWS emulator: for the tests of what a plan shows when a
# force-new attribute or the order of an order-free list changes.
terraform {
  required_providers {
    instaclustr = {
      source  = "instaclustr/instaclustr"
      version = ">= 2.0.0, < 3.0.0"
    }
  }
}

variable "node_size" {
  type    = string
  default = "zookeeper-developer-t3.small-20"
}

variable "tags" {
  type = list(object({ key = string, value = string }))
}

variable "peer_vpc_id" {
  type = string
}

variable "peer_subnets" {
  type = list(string)
}

provider "instaclustr" {}

resource "instaclustr_zookeeper_cluster_v2" "target" {
  name                    = "zkmig-protected-test"
  zookeeper_version       = "3.9.3"
  sla_tier                = "NON_PRODUCTION"
  private_network_cluster = false
  description             = "protected target"

  data_centre {
    name            = "AWS_VPC_US_EAST_1"
    cloud_provider  = "AWS_VPC"
    region          = "US_EAST_1"
    node_size       = var.node_size
    number_of_nodes = 3
    network         = "10.62.0.0/16"

    dynamic "tag" {
      for_each = var.tags
      content {
        key   = tag.value.key
        value = tag.value.value
      }
    }
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "instaclustr_aws_vpc_peer_v2" "legacy" {
  cdc_id              = instaclustr_zookeeper_cluster_v2.target.data_centre[0].id
  peer_aws_account_id = "123456789012"
  peer_vpc_id         = var.peer_vpc_id
  peer_region         = "US_EAST_1"
  peer_subnets        = var.peer_subnets
}

output "cluster_id" {
  value = instaclustr_zookeeper_cluster_v2.target.id
}

output "vpc_peer_id" {
  value = instaclustr_aws_vpc_peer_v2.legacy.id
}

output "vpc_peer_status" {
  value = instaclustr_aws_vpc_peer_v2.legacy.status_code
}
