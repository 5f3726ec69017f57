package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.AssertionInfo;
import dev.breakwater.minidump.format.BreakpadInfo;
import dev.breakwater.minidump.format.MemoryDescriptor;
import dev.breakwater.minidump.format.Minidump;
import dev.breakwater.minidump.format.RawException;
import dev.breakwater.minidump.format.RawMiscInfo;
import dev.breakwater.minidump.format.RawSystemInfo;
import dev.breakwater.minidump.format.RawThread;
import dev.breakwater.minidump.model.DumpExtras;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ModuleList;
import java.util.List;

/**
 * The streams of one dump, decoded. Any of the nullable parts is null when its stream is absent or
 * unreadable; {@code threads} is null without a readable thread list.
 */
public record ParsedDump(
    Minidump dump,
    RawSystemInfo systemInfo,
    RawException exception,
    List<RawThread> threads,
    ModuleList modules,
    List<Module> unloadedModules,
    List<MemoryDescriptor> memory,
    RawMiscInfo miscInfo,
    BreakpadInfo breakpadInfo,
    AssertionInfo assertion,
    DumpExtras extras,
    boolean coreStreamFailed) {}
