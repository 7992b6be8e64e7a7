/** WIC Timeline Explorer: model, data, search and the JavaFX user interface. */
module org.wicexplorer {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.prefs;

    opens org.wicexplorer.model to com.fasterxml.jackson.databind;
    opens org.wicexplorer.data to com.fasterxml.jackson.databind;

    exports org.wicexplorer.app to javafx.graphics;
}
