/** Whose each bot is: the owner check of the lists that take {@code ?botId=}. */
package io.quorum.execution.bots;
