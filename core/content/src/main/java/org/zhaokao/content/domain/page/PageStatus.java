package org.zhaokao.content.domain.page;

/**
 * Where a page's working copy stands: being written ({@code DRAFT}), waiting for the information
 * review ({@code SUBMITTED}), or identical to what the site shows ({@code PUBLISHED}).
 */
public enum PageStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED
}
