package org.zhaokao.written.domain.offline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An exam room (考场): a grid of rows × columns of which the first {@code capacity} places, row by
 * row, are seats (座位号 1 … capacity).
 */
@Entity
@Table(name = "we_room")
public class Room {

  @Id
  @SequenceGenerator(name = "we_offline_seq", sequenceName = "we_offline_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_offline_seq")
  private Long id;

  @Column(name = "venue_id", nullable = false)
  private long venueId;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(nullable = false)
  private String name;

  @Column(name = "seat_rows", nullable = false)
  private int rows;

  @Column(name = "seat_columns", nullable = false)
  private int columns;

  @Column(nullable = false)
  private int capacity;

  protected Room() {}

  /**
   * @throws IllegalArgumentException when the grid is empty or smaller than the capacity
   */
  public Room(long venueId, long examId, String name, int rows, int columns, int capacity) {
    if (rows < 1 || columns < 1 || capacity < 1) {
      throw new IllegalArgumentException("rows, columns and capacity are at least 1");
    }
    if (capacity > rows * columns) {
      throw new IllegalArgumentException(
          "a capacity of " + capacity + " does not fit " + rows + " × " + columns + " places");
    }
    this.venueId = venueId;
    this.examId = examId;
    this.name = name;
    this.rows = rows;
    this.columns = columns;
    this.capacity = capacity;
  }

  /** The row (1-based) of a seat number. */
  public int rowOf(int seatNo) {
    return (seatNo - 1) / columns + 1;
  }

  /** The column (1-based) of a seat number. */
  public int columnOf(int seatNo) {
    return (seatNo - 1) % columns + 1;
  }

  public Long id() {
    return id;
  }

  public long venueId() {
    return venueId;
  }

  public long examId() {
    return examId;
  }

  public String name() {
    return name;
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public int capacity() {
    return capacity;
  }
}
