package dev.breakwater.minidump.walk;

/**
 * What a stack scan found: {@code value}, read from the stack word at {@code location}, looks like
 * a return address. If it is one, a CALL pushed it there, so the caller's stack pointer is the word
 * just above {@code location}; each walker derives the caller's registers from that (x86 masking
 * the sum to 32 bits, the others not).
 *
 * @param location the stack address the value was read from
 * @param value the candidate return address itself (not minus one)
 */
record ReturnAddress(long location, long value) {}
