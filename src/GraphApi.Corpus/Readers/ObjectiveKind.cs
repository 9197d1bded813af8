namespace GraphApi.Corpus.Readers;

/// <summary>A strategic (SD) or operational (OD) doelstelling.</summary>
public enum ObjectiveKind { Strategic, Operational }
