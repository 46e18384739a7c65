package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.AliasOperations;
import io.qdrant.client.grpc.Collections.CreateCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The table of contents: collections and aliases under one read/write lock, so alias
 * switches are atomic with respect to every lookup. Behaviour follows Qdrant's
 * TableOfContent (lib/storage/src/content_manager/toc):
 *
 * <ul>
 *   <li>Lookups resolve an alias first, then require the collection to exist (NOT_FOUND).
 *   <li>Delete takes a real collection name (an alias is not resolved), drops its aliases and
 *       answers false when nothing was deleted.
 *   <li>Alias actions run in order; the first failing action stops the batch, earlier
 *       actions stay applied (Qdrant does not roll back either).
 * </ul>
 */
final class Storage {
  private final Guarded guarded = new Guarded();
  private final Map<String, LocalCollection> collections = new TreeMap<>();
  private final Map<String, String> aliases = new TreeMap<>(); // alias -> collection
  private volatile java.util.Set<String> missedByIndex = java.util.Set.of();

  /** See {@link QdrantLocal#missByIndex}. */
  void missByIndex(java.util.Set<String> pointIds) {
    missedByIndex = java.util.Set.copyOf(pointIds);
  }

  /** Whether a search that uses the index (not {@code exact}) fails to reach this point. */
  boolean missedByIndex(PointKey id) {
    return !missedByIndex.isEmpty() && missedByIndex.contains(id.toString());
  }

  LocalCollection resolve(String nameOrAlias) {
    CollectionNames.validate(nameOrAlias);
    return read(
        () -> {
          String name = aliases.getOrDefault(nameOrAlias, nameOrAlias);
          LocalCollection collection = collections.get(name);
          if (collection == null) {
            throw Errors.collectionNotFound(name);
          }
          return collection;
        });
  }

  boolean exists(String nameOrAlias) {
    CollectionNames.validate(nameOrAlias);
    return read(
        () -> collections.containsKey(aliases.getOrDefault(nameOrAlias, nameOrAlias)));
  }

  void create(CreateCollection request) {
    String name = request.getCollectionName();
    CollectionNames.validateForCreate(name);
    LocalCollection collection = LocalCollection.create(request);
    write(
        () -> {
          if (collections.containsKey(name)) {
            throw Errors.alreadyExists("Wrong input: Collection `" + name + "` already exists!");
          }
          if (aliases.containsKey(name)) {
            throw Errors.invalid(
                "Wrong input: Can't create collection with name "
                    + name
                    + ". Alias with the same name already exists");
          }
          collections.put(name, collection);
          return null;
        });
  }

  boolean delete(String name) {
    CollectionNames.validate(name);
    return write(
        () -> {
          aliases.values().removeIf(name::equals);
          return collections.remove(name) != null;
        });
  }

  List<String> list() {
    return read(() -> new ArrayList<>(collections.keySet()));
  }

  void updateAliases(List<AliasOperations> actions) {
    write(
        () -> {
          for (AliasOperations action : actions) {
            apply(action);
          }
          return null;
        });
  }

  private void apply(AliasOperations action) {
    switch (action.getActionCase()) {
      case CREATE_ALIAS -> {
        String collection = action.getCreateAlias().getCollectionName();
        String alias = action.getCreateAlias().getAliasName();
        if (!collections.containsKey(collection)) {
          throw Errors.collectionNotFound(collection);
        }
        if (collections.containsKey(alias)) {
          throw Errors.alreadyExists("Wrong input: Collection `" + alias + "` already exists!");
        }
        aliases.put(alias, collection); // an existing alias is re-pointed: the blue/green switch
      }
      case RENAME_ALIAS -> {
        String oldName = action.getRenameAlias().getOldAliasName();
        String target = aliases.remove(oldName);
        if (target == null) {
          throw Errors.notFound("Not found: Alias " + oldName + " does not exists!");
        }
        aliases.put(action.getRenameAlias().getNewAliasName(), target);
      }
      case DELETE_ALIAS -> aliases.remove(action.getDeleteAlias().getAliasName());
      default -> throw Errors.invalid("empty operation");
    }
  }

  List<AliasDescription> listAliases() {
    return read(
        () -> {
          List<AliasDescription> result = new ArrayList<>();
          aliases.forEach(
              (alias, collection) ->
                  result.add(
                      AliasDescription.newBuilder()
                          .setAliasName(alias)
                          .setCollectionName(collection)
                          .build()));
          return result;
        });
  }

  /** Aliases of a collection by its real name; an unknown name simply has none (as Qdrant). */
  List<String> aliasesOf(String collection) {
    CollectionNames.validate(collection);
    return read(
        () -> {
          List<String> result = new ArrayList<>();
          aliases.forEach(
              (alias, target) -> {
                if (target.equals(collection)) {
                  result.add(alias);
                }
              });
          return result;
        });
  }

  private <T> T read(Supplier<T> action) {
    return guarded.read(action);
  }

  private <T> T write(Supplier<T> action) {
    return guarded.write(action);
  }
}
