package org.latentexplorer.ui.explorer;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The side panel's navigation: a column of buttons, one per tab, instead of tab headers, so a dozen tools fit
 * without an overflow menu. The tabs stay in the TabPane (their selection still means "shown"); their headers
 * are hidden by CSS and their titles move to the buttons, which keep the tab-label style class.
 */
final class SideNavigation {
    /** Tab property key: its title as an {@link ObservableValue}, bound to the tab's button in the side column. */
    static final String TITLE = "latentexplorer.title";

    private SideNavigation() {}

    static VBox of(TabPane pane) {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("side-nav");
        ToggleGroup group = new ToggleGroup();
        pane.getStyleClass().add("headerless-tabs");
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) {
                for (Tab tab : c.getAddedSubList()) nav.getChildren().add(button(pane, tab, group));
            }
        });
        return nav;
    }

    private static ToggleButton button(TabPane pane, Tab tab, ToggleGroup group) {
        ToggleButton button = new ToggleButton(tab.getText());
        if (tab.getProperties().get(TITLE) instanceof ObservableValue<?> title) {
            button.textProperty().bind(title.map(String::valueOf));
        }
        button.getStyleClass().addAll("tab-label", "side-nav-button");
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        if (tab.getTooltip() != null) button.setTooltip(tab.getTooltip());
        if (tab.getId() != null) button.setId(tab.getId() + "Button");
        button.setOnAction(e -> {
            pane.getSelectionModel().select(tab);
            button.setSelected(true);
        });
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) button.setSelected(true);
        });
        button.setSelected(tab.isSelected());
        tab.setText("");
        return button;
    }

    /** The tab's title, a text that follows the language, shown on its button in the side column. */
    static Tab titled(Tab tab, ObservableValue<String> title) {
        tab.getProperties().put(TITLE, title);
        return tab;
    }
}
