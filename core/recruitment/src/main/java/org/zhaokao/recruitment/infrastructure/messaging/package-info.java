/** Messages between the nodes of a cluster about the recruitments' read models. */
package org.zhaokao.recruitment.infrastructure.messaging;
