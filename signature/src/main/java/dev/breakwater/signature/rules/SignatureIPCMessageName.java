package dev.breakwater.signature.rules;

import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;

/** Appends {@code IPC_Message_Name=<name>} for crashes while handling an IPC message. */
public final class SignatureIPCMessageName implements SignatureRule {

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String messageName = crash.ipcMessageName();
    return messageName != null && !messageName.isEmpty();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    state.setSignature(name(), state.signature() + " | IPC_Message_Name=" + crash.ipcMessageName());
  }
}
