package dev.indexer.pii.recognizers;

import java.util.Set;

/**
 * Makers of cars, computers and devices whose names are first names or surnames too ("Dell",
 * "Ford", "Kia"): as the first word of a capitalised pair without a name cue, the pair is a product
 * ("Dell Latitude", "Ford Transit"), not a person. As a surname ("Michael Dell") they stay names.
 */
final class ProductNames {

  private ProductNames() {}

  static final Set<String> BRANDS =
      Set.of(
          "Acer",
          "Apple",
          "Asus",
          "Audi",
          "Bosch",
          "Buick",
          "Cadillac",
          "Canon",
          "Chevrolet",
          "Chevy",
          "Chrysler",
          "Cisco",
          "Citroen",
          "Citroën",
          "Dacia",
          "Dell",
          "Dodge",
          "Epson",
          "Ferrari",
          "Fiat",
          "Ford",
          "Fujitsu",
          "Garmin",
          "Google",
          "Honda",
          "Huawei",
          "Hyundai",
          "Jeep",
          "Kia",
          "Kyocera",
          "Lenovo",
          "Lexus",
          "Logitech",
          "Mazda",
          "Microsoft",
          "Mitsubishi",
          "Motorola",
          "Netgear",
          "Nikon",
          "Nissan",
          "Nokia",
          "Opel",
          "Panasonic",
          "Peugeot",
          "Philips",
          "Porsche",
          "Renault",
          "Ricoh",
          "Samsung",
          "Seat",
          "Skoda",
          "Sony",
          "Subaru",
          "Suzuki",
          "Tesla",
          "Toshiba",
          "Toyota",
          "Volkswagen",
          "Volvo",
          "Xerox",
          "Xiaomi");
}
