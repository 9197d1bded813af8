namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>Response bodies in the shapes Neo4j's Query API documentation shows (typed JSON, errors, transactions).</summary>
public static class QueryApiExamples
{
    public const string PersonNodeAndName = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [[
              {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": ["Person"],
                "_properties": {"name": {"$type": "String", "_value": "Phil"}}}},
              {"$type": "String", "_value": "Phil"}
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    public const string EveryScalarListAndMap = """
        {
          "data": {
            "fields": ["i", "f", "b", "n", "s", "l", "m"],
            "values": [[
              {"$type": "Integer", "_value": "1"},
              {"$type": "Float", "_value": "1.5"},
              {"$type": "Boolean", "_value": true},
              {"$type": "Null", "_value": null},
              {"$type": "String", "_value": "Gent"},
              {"$type": "List", "_value": [{"$type": "Integer", "_value": "2"}, {"$type": "String", "_value": "x"}]},
              {"$type": "Map", "_value": {"amount": {"$type": "Float", "_value": "232521477.0"}, "tags": {"$type": "List", "_value": []}}}
            ]]
          },
          "bookmarks": ["FB:read"]
        }
        """;

    public const string KnowsRelationship = """
        {
          "data": {
            "fields": ["r"],
            "values": [[
              {"$type": "Relationship", "_value": {"_element_id": "5:abc:0", "_start_node_element_id": "4:abc:0", "_end_node_element_id": "4:abc:1",
                "_type": "KNOWS", "_properties": {"since": {"$type": "Integer", "_value": "2020"}}}}
            ]]
          },
          "bookmarks": []
        }
        """;

    public const string WriteWithCounters = """
        {
          "data": {"fields": ["written"], "values": [[{"$type": "Integer", "_value": "2"}]]},
          "counters": {"containsUpdates": true, "nodesCreated": 2, "nodesDeleted": 0, "propertiesSet": 6, "relationshipsCreated": 0,
            "relationshipsDeleted": 0, "labelsAdded": 2, "labelsRemoved": 0, "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0,
            "constraintsRemoved": 0, "containsSystemUpdates": false, "systemUpdates": 0},
          "bookmarks": ["FB:after-the-write"]
        }
        """;

    public const string ReadWithCounters = """
        {
          "data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "7"}]]},
          "counters": {"containsUpdates": false, "nodesCreated": 0, "containsSystemUpdates": false, "systemUpdates": 0},
          "bookmarks": ["FB:after-a-read"]
        }
        """;

    public const string SyntaxError = """
        {"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))"}]}
        """;

    public const string Unauthorized = """
        {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid credential."}]}
        """;

    public const string DeadlockDetected = """
        {"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[transactionId=6698] can't acquire ExclusiveLock"}]}
        """;

    public const string TransactionBegun = """
        {"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "4d12a4e1-d6a4-4f4c-b4c5-7ce5e5e1d2b3", "expires": "2024-10-08T08:45:22.466Z"}}
        """;

    public const string TransactionCommitted = """
        {"bookmarks": ["FB:after-the-commit"]}
        """;
}
