package dev.breakwater.webapp.signatures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An issue-tracker issue linked to a signature ({@code bug_association}, migration V2). */
@Entity
@Table(name = "bug_association")
@IdClass(BugAssociation.Key.class)
public class BugAssociation {

  @Id
  @Column(name = "bug_id")
  private long bugId;

  @Id
  @Column(name = "signature")
  private String signature;

  protected BugAssociation() {}

  public BugAssociation(long bugId, String signature) {
    this.bugId = bugId;
    this.signature = signature;
  }

  public long bugId() {
    return bugId;
  }

  public String signature() {
    return signature;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long bugId;
    private String signature;

    public Key() {}

    public Key(long bugId, String signature) {
      this.bugId = bugId;
      this.signature = signature;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.bugId == bugId && key.signature.equals(signature);
    }

    @Override
    public int hashCode() {
      return Objects.hash(bugId, signature);
    }
  }
}
