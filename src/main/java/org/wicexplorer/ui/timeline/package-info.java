/**
 * The timeline control: {@link org.wicexplorer.ui.timeline.TimelineView} with its skin and stylesheet, and the
 * maths behind it.
 *
 * <p>The control is generic: it draws {@link org.wicexplorer.ui.timeline.TimelineItem}s in
 * {@link org.wicexplorer.ui.timeline.TimelineLane}s over {@link org.wicexplorer.ui.timeline.TimelineEra}s and knows
 * nothing of the app's model, so the app maps its dataset onto it (and localises every text) in one place. Lanes
 * are data the app declares (id, name, style class, kind); items carry the app's own record as their user object.
 *
 * <p>Control, skin, behaviour and viewport are separate (ADR 0021): {@code TimelineView} holds plain properties,
 * {@code TimelineSkin} listens to them and lays out, {@code TimelineBehavior} holds the keys and the mouse, and the
 * toolkit-free {@code TimelineViewport} does fit, zoom, pan, scroll-into-view and stepping, with plain unit tests.
 *
 * <p>Three layers, so that 10,000 items cost what the screen shows, not what the data holds:
 * <ul>
 *   <li>toolkit-free maths, unit-tested without JavaFX: {@link org.wicexplorer.ui.timeline.TimeScale} and
 *       {@link org.wicexplorer.ui.timeline.CompressedTimeScale} (over a
 *       {@link org.wicexplorer.ui.timeline.CompressedAxis}) map days to pixels,
 *       {@link org.wicexplorer.ui.timeline.AxisTicks} picks axis labels that fit,
 *       {@link org.wicexplorer.ui.timeline.LabelLayout} places mark texts without overlap, and
 *       {@code TimelineIndex} finds a window's items by binary search, and {@code TimelineViewport} moves the
 *       window;</li>
 *   <li>a canvas for everything drawn ({@code TimelinePainter}): axis, grid, eras, compressed gaps, the today
 *       marker, and lanes too dense for one node per item;</li>
 *   <li>pooled mark nodes ({@code TimelineMark}) for the items in view, styled only through CSS classes and
 *       pseudo-classes, each with accessible text.</li>
 * </ul>
 */
package org.wicexplorer.ui.timeline;
