namespace GraphApi.Schema.Model;

/// <summary>How a node property is typed in GraphQL, and so which filter and order it gets.</summary>
public enum ScalarKind { String, Int, Float, Decimal, Boolean, StringList, IntList }
